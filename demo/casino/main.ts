import { startAccount } from './account';
import { startLobby } from './lobby';

startLobby(document);
startAccount(document);
