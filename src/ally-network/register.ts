import { defineElement } from '../internal/define.js';
import { AllyNetwork } from './ally-network.js';

defineElement('ally-network', AllyNetwork);

export { AllyNetwork };
