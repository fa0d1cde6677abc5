import { browser } from 'wxt/browser';
import { readOnToolbarClick } from './read-on-click';
import { toolbarAction } from './toolbar-action';

/**
 * Makes the toolbar button open the panel and, where the mode reads only on
 * a click, read the page. Chrome's own "open the panel on click" grants no
 * `activeTab`, so the panel is opened from the click here instead.
 */
export function openPanelFromToolbar(): void {
  const chromeSidePanel = (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } })
    .sidebarAction;
  void chromeSidePanel?.setPanelBehavior({ openPanelOnActionClick: false });
  toolbarAction().onClicked.addListener((tab) => {
    // First, inside the click: both browsers open a panel only from a gesture.
    if (chromeSidePanel && tab.id !== undefined)
      void chromeSidePanel.open({ tabId: tab.id }).catch(() => undefined);
    else if (sidebar) void sidebar.toggle();
    if (tab.id !== undefined) void readOnToolbarClick(tab.id);
  });
}

interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
  open(options: { tabId: number }): Promise<void>;
}
