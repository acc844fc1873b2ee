import '@svara/elements/define';

const form = document.querySelector('#besok');
form.addEventListener('submit', (event) => {
  event.preventDefault(); // a real page would let the browser post the form, or fetch() the FormData
  document.querySelector('#sent').textContent = JSON.stringify(Object.fromEntries(new FormData(form)));
});
