import type { Lexicon } from './concepts';

export const es: Lexicon = {
  concepts: {
    password: ['contrasena*', 'contraseña*', 'clave', 'pass', 'password'],
    reset: ['restablec*', 'recuper*', 'olvid*', 'cambiar', 'resetear', 'reset*', 'nueva contrasena'],
    login: ['iniciar sesion', 'inicio de sesion', 'entrar', 'acceder', 'acceso', 'login', 'loguear*', 'logear*', 'conectar*'],
    locked: ['bloque*', 'suspendid*', 'suspend*', 'desactiv*', 'inhabilit*', 'desbloque*', 'baneado*', 'intentos', 'demasiados intentos'],
    deposit: ['deposit*', 'ingres*', 'recarg*', 'meter dinero', 'meter plata', 'cargar saldo'],
    method: [
      'metodo de pago', 'metodos de pago', 'metodo*', 'forma de pago', 'formas de pago', 'medio de pago', 'tarjeta*', 'transferencia*', 'monedero*',
      'bizum', 'mercado pago', 'oxxo',
    ],
    missing: ['aparec*', 'no llega', 'llego', 'llegado', 'recib*', 'reflej*', 'acredit*', 'desaparec*', 'no me sale', 'no veo', 'no lo veo', 'no aparece'],
    withdrawal: ['retir*', 'cobr*', 'sacar dinero', 'sacar mi dinero', 'sacar plata', 'sacar mis ganancias'],
    pending: ['pendiente*', 'en proceso', 'en espera', 'en revision', 'procesando', 'atascad*', 'retras*', 'sigue esperando'],
    duration: ['cuanto tarda*', 'tarda*', 'cuanto tiempo', 'demor*', 'cuando llega*', 'plazo*', 'dias', 'horas'],
    bonus: ['bono*', 'bonus', 'bonificacion*', 'promo*', 'codigo promocional', 'bono de bienvenida', 'oferta*', 'regalo*'],
    wagering: ['cuantas veces', 'rollover', 'requisito de apuesta*', 'requisitos de apuesta*', 'apuesta requerida', 'wager*', 'liberar el bono', 'x35', '35x'],
    freespins: ['tiradas gratis', 'tirada gratis', 'giros gratis', 'giro gratis', 'spins gratis', 'free spin*', 'freespin*', 'tiradas gratuitas'],
    kyc: ['kyc', 'verific*', 'validar mi cuenta', 'comprobacion de identidad'],
    document: [
      'document*', 'dni', 'nie', 'pasaporte*', 'carne de conducir', 'carnet de conducir', 'licencia de conducir', 'identidad', 'justificante*',
      'factura*', 'extracto*', 'selfie*', 'foto*', 'subir*', 'comprobante*', 'ine', 'cedula',
    ],
    status: ['estado', 'aprobad*', 'rechaz*', 'aceptad*', 'denegad*'],
    limit: ['limite*', 'limit*', 'tope*'],
    exclusion: ['autoexclu*', 'auto exclu*', 'exclu*', 'tomar un descanso', 'descanso', 'pausa'],
    game: ['juego', 'juegos', 'tragaperra*', 'tragamoneda*', 'slot*', 'ronda*', 'tirada', 'ruleta', 'blackjack', 'casino en vivo', 'partida*', 'giro'],
    fault: [
      'congel*', 'colg*', 'se cerro', 'error*', 'fallo*', 'falla*', 'bug*', 'crash*', 'no carga', 'desconect*', 'pantalla negra', 'trab*',
      'no me pagaron', 'no pago', 'no pagaron',
    ],
    complaint: ['reclamacion*', 'reclamo*', 'reclamar', 'queja*', 'denuncia*', 'disputa*', 'estafa*', 'no estoy conforme'],
    vip: ['vip', 'fidelidad', 'programa de fidelidad', 'gestor personal'],
    cancel: ['cancel*', 'anul*'],
    amount: ['minimo', 'maximo', 'min', 'max'],
    balance: ['saldo*', 'dinero', 'plata', 'fondos', 'pasta'],
    email: ['correo*', 'email*', 'e mail', 'mail*', 'enlace*', 'link*', 'spam', 'correo no deseado'],
  },
  greetings: [
    'hola', 'buenas', 'buenos dias', 'buenas tardes', 'buenas noches', 'que tal', 'saludos', 'gracias', 'muchas gracias', 'ok', 'vale',
    'hay alguien', 'estas ahi', 'esta ahi', 'hola buenas', 'holi',
  ],
  human: [
    'humano*', 'agente', 'agente humano', 'persona real', 'operador*', 'asesor*', 'hablar con alguien', 'atencion al cliente', 'una persona',
    'alguien real', 'ejecutivo*',
  ],
  stopWords: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'al', 'a', 'y', 'o', 'u', 'e', 'pero', 'que', 'qué', 'en', 'con', 'por', 'para',
    'sin', 'sobre', 'mi', 'mis', 'tu', 'tus', 'su', 'sus', 'me', 'te', 'se', 'le', 'les', 'lo', 'nos', 'yo', 'es', 'son', 'esta', 'estan', 'estoy',
    'ser', 'estar', 'hay', 'he', 'ha', 'han', 'hice', 'hizo', 'como', 'cuando', 'donde', 'porque', 'por', 'si', 'no', 'ya', 'muy', 'mas', 'este',
    'esto', 'eso', 'ese', 'esa', 'puedo', 'puede', 'pueden', 'quiero', 'necesito', 'tengo', 'tiene', 'tienen', 'sigue', 'todavia', 'aun', 'desde',
    'ayer', 'hoy', 'porfa', 'favor',
  ],
};
