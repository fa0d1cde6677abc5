import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WelcomePage } from '@/components/WelcomePage';
import '@/components/panel.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <WelcomePage />
  </StrictMode>,
);
