/** English strings of the legend's keyboard-focusable board list (focus shows the hover tooltip, Enter opens the board). */
const boardList = {
  title: 'Boards',
  hint: 'Tab to a board to see its value and source; Enter opens the board.',
  item: '{{board}}: {{value}}. Enter opens the board',
  itemNoValue: '{{board}}. Enter opens the board',
} as const;
export default boardList;
