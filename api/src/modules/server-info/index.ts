/** The server-info module's public surface. */
export { serverInfoModule } from './server-info.module.js';
