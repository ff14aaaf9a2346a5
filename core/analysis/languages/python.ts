// The PyFlink front end (see python/): the file the registry imports.
export { pythonFrontEnd } from './python/python-front-end.js';
