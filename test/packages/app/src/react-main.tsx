import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { VisitForm } from './VisitForm.js';

createRoot(document.querySelector('#app')!).render(
  <StrictMode>
    <VisitForm />
  </StrictMode>,
);
