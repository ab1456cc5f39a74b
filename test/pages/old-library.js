// What old libraries (Prototype.js, MooTools, early Ember) did: enumerable additions to the
// built-in prototypes, which every for…in loop and careless key walk then meets.
 
Object.prototype.extend = function (source) {
  for (const key in source) this[key] = source[key];
  return this;
};
Array.prototype.last = function () {
  return this[this.length - 1];
};
Array.prototype.each = function (callback) {
  for (let i = 0; i < this.length; i++) callback(this[i], i);
};
String.prototype.capitalize = function () {
  return this.charAt(0).toUpperCase() + this.slice(1);
};
