import { render } from 'solid-js/web';
import { App } from './App';
import { locale, persistLocale } from './lib/i18n';
import './index.css';

// Make sure the server speaks the UI's language from the first request on.
persistLocale(locale());

const root = document.getElementById('root');
if (root) render(() => <App />, root);
