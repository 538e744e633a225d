import { startApp } from './app/startApp';
import { edition } from './story/edition';

startApp(edition);
