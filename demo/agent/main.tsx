import { render } from 'preact';
import { App } from './app';
import './agent.css';
import './floor.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
