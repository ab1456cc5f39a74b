import { defineElement } from '../internal/define.js';
import { CountryCard } from './country-card.js';
defineElement('country-card', CountryCard);
export { CountryCard };
