/**
 * ally-viz/react: the elements as React components, made by `@lit/react`. Importing this module
 * registers the tags. Props are the elements' properties (`data` set as a property, never
 * serialized), and the two events come as typed callbacks: `onCountrySelect`, `onDataError`.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AllyNetwork as AllyNetworkElement } from '../ally-network/register.js';
import { AidMatrix as AidMatrixElement } from '../aid-matrix/register.js';
import { CountryCard as CountryCardElement } from '../country-card/register.js';
import type { CountrySelectDetail, DataErrorDetail } from '../index.js';

const events = {
  onCountrySelect: 'country-select' as EventName<CustomEvent<CountrySelectDetail>>,
  onDataError: 'data-error' as EventName<CustomEvent<DataErrorDetail>>,
};

const wrap = <E extends HTMLElement>(tagName: string, elementClass: new () => E, displayName: string) =>
  createComponent({ react: React, tagName, elementClass, events, displayName });

export const AllyNetwork = wrap('ally-network', AllyNetworkElement, 'AllyNetwork');
export const AidMatrix = wrap('aid-matrix', AidMatrixElement, 'AidMatrix');
export const CountryCard = wrap('country-card', CountryCardElement, 'CountryCard');

export type { CountrySelectDetail, DataErrorDetail };
