// Records, from the first moment of a test page, what the embedding tests check there:
// Content-Security-Policy violations and uncaught errors. A classic script, loaded before the
// elements' bundle, from the page's own origin (so a strict policy allows it).
window.embedRecord = { violations: [], errors: [] };
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.embedRecord.violations.push(
      `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
    );
  },
  true,
);
window.addEventListener('error', (event) => {
  window.embedRecord.errors.push(String(event.message || event.error));
});
window.addEventListener('unhandledrejection', (event) => {
  window.embedRecord.errors.push(String(event.reason && event.reason.stack ? event.reason.stack : event.reason));
});
// The data-error events of the page's views, as "id: message".
window.embedRecord.dataErrors = [];
document.addEventListener('data-error', (event) => {
  window.embedRecord.dataErrors.push(`${event.target.id || event.target.localName}: ${event.detail.message}`);
});
