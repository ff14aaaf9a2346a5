// The Scala front end (see scala/): the file the registry imports.
export { scalaFrontEnd } from './scala/scala-front-end.js';
