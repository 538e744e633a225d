export declare const APP_SCRIPT_META: string;
/** The app scripts a built page names, in order. */
export declare function appScriptsIn(html: string): string[];
