import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define.js';

describe('defineElement', () => {
  it('registers a tag once and tolerates a second registration', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('define-twice-test', First);
    expect(() => defineElement('define-twice-test', Second)).not.to.throw();
    expect(customElements.get('define-twice-test')).to.equal(First);
  });
});
