import { edition } from 'virtual:edition/en';
import { startApp } from './app/startApp';

startApp(edition);
