/** The name of a content script's port to the background (lib/messaging/send.ts openChannel). */
export const PAGE_CHANNEL = 'icp-lens:page';
