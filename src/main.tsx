import { startApp } from './app/startApp';
import { edition } from './story/edition';
import './theme/fonts.css';
import './theme/tokens.css';
import './theme/base.css';
import './theme/print.css';

startApp(edition);
