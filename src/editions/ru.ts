// The Russian edition's page: the same app, with the Russian edition's words only.
import { edition } from 'virtual:edition/ru';
import { startApp } from '../app/startApp';

startApp(edition);
