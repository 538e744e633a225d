export declare const APP_SCRIPT_META: string;
export declare const SITE_ROOT_META: string;
export declare const AFTER_PAINT_STYLES_ID: string;
export declare const SOURCES_PAGE_DIR: string;
export declare const OFFLINE_FILE_NAME: string;
export declare function appScriptsIn(html: string): string[];
export declare function offlineFileName(lang: string): string;
