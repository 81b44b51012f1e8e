// The Office tools `npm start` and `npm run start:web` run on demand with npx (their peer-dependency
// chain does not install from every registry, so they are not devDependencies), pinned to the
// versions this project was checked with: a new major version cannot change what `npm start` does
// behind a newcomer's back. Raise them here, on purpose, after trying them.
export const OFFICE_ADDIN_DEBUGGING = "office-addin-debugging@7.0.0";
export const OFFICE_ADDIN_DEV_CERTS = "office-addin-dev-certs@3.0.0";
