/** The query parameter that carries a search result's matched words to the opened page (Pagefind's name). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';
