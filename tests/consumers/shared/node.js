// The Node side of a consumer: the same check, printed.
import { run } from './check.js';

run().then((line) => console.log(line));
