// Scrollytelling with IntersectionObserver: when a step crosses the middle of the viewport, its
// data-as-of, data-selected and data-kinds become the graphic's attributes (an empty value removes
// the attribute: the dataset's own date, nothing selected, every kind). The graphic's group
// shares as-of and selected with any other view in it.
const graphic = document.getElementById('story-graphic');
const steps = [...document.querySelectorAll('.scrolly__step')];

function show(step) {
  for (const s of steps) s.classList.toggle('is-active', s === step);
  for (const name of ['as-of', 'selected', 'kinds']) {
    const value = step.dataset[name === 'as-of' ? 'asOf' : name];
    if (value) graphic.setAttribute(name, value);
    else graphic.removeAttribute(name);
  }
}

// A band across the middle of the viewport: the step in it is the one being read.
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) if (entry.isIntersecting) show(entry.target);
  },
  { rootMargin: '-45% 0px -45% 0px' },
);
for (const step of steps) observer.observe(step);
