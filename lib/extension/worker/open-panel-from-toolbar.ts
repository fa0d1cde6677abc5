import { browser } from 'wxt/browser';
import { toolbarAction } from './toolbar-action';

/**
 * Makes the toolbar button open the panel: Chrome's side panel opens itself
 * once told to; Firefox's sidebar must be toggled from the click.
 */
export function openPanelFromToolbar(): void {
  const chromeSidePanel = (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
  if (chromeSidePanel) {
    void chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } })
    .sidebarAction;
  if (sidebar) toolbarAction().onClicked.addListener(() => void sidebar.toggle());
}

interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
