import '@svara/elements/define';
import { createApp } from 'vue';
import VisitForm from './VisitForm.vue';

createApp(VisitForm).mount('#app');
