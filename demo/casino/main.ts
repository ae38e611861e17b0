import { startLobby } from './lobby';

startLobby(document);
