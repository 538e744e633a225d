// The Uzbek (Latin) edition's page: the same app, with the Uzbek edition's words only.
import { edition } from 'virtual:edition/uz-Latn';
import { startApp } from '../app/startApp';

startApp(edition);
