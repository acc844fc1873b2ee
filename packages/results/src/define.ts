import './components/results/results.define.js';
