/**
 * The isolated-world global the content script sets when it starts. Content
 * scripts share their world with no page script, so the page never sees it.
 */
export const READER_MARK = 'icpLensReader';
