// Plain Node ESM: nothing to build; src/node.js runs as it is.
