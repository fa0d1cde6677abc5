import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanel } from '@/components/SidePanel';
import '@/components/panel.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanel search={location.search} />
  </StrictMode>,
);
