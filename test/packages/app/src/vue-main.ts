import '@svara/elements/define';
import { createApp } from 'vue';
// eslint-disable-next-line svara/relative-import-extension -- a Vue single-file component, compiled by Vite
import VisitForm from './VisitForm.vue';

createApp(VisitForm).mount('#app');
