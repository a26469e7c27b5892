// npm run mock: the same command the package ships as the allo-mock bin.
import "../src/mock/cli.js";
