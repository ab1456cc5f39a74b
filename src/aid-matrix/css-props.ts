// Moved to src/internal/ (shared by the views); kept here for imports of the old path.
export { cssProps } from '../internal/css-props.js';
