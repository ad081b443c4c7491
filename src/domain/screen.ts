/** The meeting-room screen's pages in their order, as its heartbeat names the one showing. */
export { SCREEN_PAGES, type ScreenPage } from '../../contract/vocabulary'
