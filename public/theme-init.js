/* global window, document */
// Runs before first paint (a blocking classic script in <head>, external so a strict Content-Security-Policy
// allows it): puts the reader's saved theme, text size, line width and typeface on <html>, so a prerendered
// page never flashes the wrong theme. Mirrors src/features/reader-settings/lib/settings.ts.
(function () {
  var allowed = {
    theme: ['light', 'dark', 'sepia'],
    fontSize: ['small', 'medium', 'large', 'x-large', 'xx-large'],
    lineWidth: ['narrow', 'medium', 'wide'],
    face: ['serif', 'sans', 'dyslexic'],
  };
  var defaults = { fontSize: 'medium', lineWidth: 'medium', face: 'serif' };
  var attributes = { theme: 'data-theme', fontSize: 'data-font-size', lineWidth: 'data-line-width', face: 'data-face' };
  var stored = {};
  try {
    var parsed = JSON.parse(window.localStorage.getItem('newsreader:settings') || 'null');
    if (parsed && typeof parsed === 'object') stored = parsed;
  } catch {
    // storage blocked or unreadable: the defaults apply
  }
  var root = document.documentElement;
  for (var key in attributes) {
    var value = stored[key];
    if (allowed[key].indexOf(value) === -1) value = defaults[key];
    if (value) root.setAttribute(attributes[key], value);
  }
})();
