import { defineElement } from '../internal/define.js';
import { AidMatrix } from './aid-matrix.js';
defineElement('aid-matrix', AidMatrix);
export { AidMatrix };
