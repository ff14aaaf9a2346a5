// The Java front end (see java/): the file the registry imports.
export { javaFrontEnd } from './java/java-front-end.js';
