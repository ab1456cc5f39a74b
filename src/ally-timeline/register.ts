import { defineElement } from '../internal/define.js';
import { AllyTimeline } from './ally-timeline.js';

defineElement('ally-timeline', AllyTimeline);

export { AllyTimeline };
