import { addStrings } from '../../i18n';
import zhBoardList from '../../i18n/locales/zh/board-list';
import enBoardList from '../../i18n/locales/en/board-list';

/** The board list's strings join the translations with the legend's content (loaded after the first screen). */
addStrings('boardList', zhBoardList, enBoardList);
