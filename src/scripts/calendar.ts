/**
 * "Add to calendar" on a program page. The form ships hidden, since without JavaScript it
 * could do nothing (the printed plan remains); this shows it, and only on submit loads the
 * module that writes the file, so a reader who never asks downloads none of it.
 */
// A module, so its names stay its own.
export {};

const section = document.querySelector<HTMLElement>('[data-calendar]');
const form = section?.querySelector('form');
if (section && form) {
  section.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void import('./calendar-download').then(({ downloadCalendar }) => downloadCalendar(form));
  });
}
