// framer-motion's animation features, split into their own chunk so first paint does not wait for them.
export { domAnimation as default } from 'framer-motion';
