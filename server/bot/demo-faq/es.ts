import type { DemoTexts } from './articles';

export const es: DemoTexts = {
  'password-reset': {
    title: '¿Cómo restablezco mi contraseña?',
    body:
      'En la pantalla de inicio de sesión, pulsa «¿Olvidaste tu contraseña?» e introduce el correo electrónico con el que te registraste. Te enviamos un enlace para restablecerla en pocos minutos; es válido durante 30 minutos y solo sirve una vez. ' +
      'Si el correo no llega, revisa la carpeta de spam o correo no deseado y comprueba que escribiste la misma dirección con la que te registraste. ' +
      'Elige una contraseña nueva de al menos 8 caracteres que no uses en ningún otro sitio. ' +
      'Si ya no tienes acceso a ese correo, contacta con soporte: verificaremos tu identidad antes de cambiarlo.',
  },
  'account-locked': {
    title: '¿Por qué está bloqueada mi cuenta?',
    body:
      'Por tu seguridad, la cuenta se bloquea durante 30 minutos después de cinco intentos con una contraseña incorrecta. Espera y vuelve a iniciar sesión, o restablece la contraseña para desbloquearla al momento. ' +
      'Una cuenta también puede quedar suspendida mientras revisamos tus documentos de verificación, tras un contracargo o por una autoexclusión. El mensaje de la pantalla de acceso te indica cuál es tu caso. ' +
      'Si pasados 30 minutos sigues sin poder entrar, contacta con soporte indicando tu nombre de usuario. Nunca te pediremos tu contraseña.',
  },
  'deposit-methods': {
    title: '¿Qué métodos de depósito puedo usar?',
    body:
      'Puedes depositar con tarjeta Visa o Mastercard, Apple Pay y Google Pay, los monederos electrónicos Skrill y Neteller, tarjetas prepago Paysafecard, transferencia bancaria y criptomonedas (Bitcoin, Ethereum, USDT). ' +
      'Entra en Caja > Depositar para ver los métodos de pago disponibles en tu país. ' +
      'El depósito mínimo es de 10 EUR o su equivalente en tu moneda, sin comisiones. Las tarjetas y los monederos se acreditan al instante; las transferencias tardan de 1 a 3 días hábiles. ' +
      'Los retiros se pagan a un método con el que hayas depositado.',
  },
  'deposit-missing': {
    title: 'Mi depósito no aparece en mi saldo',
    body:
      'Los depósitos con tarjeta, monedero electrónico, Apple Pay o Google Pay suelen aparecer en tu saldo en pocos minutos. Una transferencia bancaria puede tardar hasta 3 días hábiles, y los depósitos en cripto esperan las confirmaciones de la red (normalmente de 10 a 60 minutos). ' +
      'Si el dinero ya salió de tu cuenta bancaria pero pasado ese plazo sigue sin estar en tu saldo del casino, no vuelvas a pagar. Revisa Caja > Historial de transacciones: un depósito fallido o cancelado te lo devuelve tu banco en 3 a 5 días. ' +
      'Si tu banco muestra el pago como correcto y nosotros no, envía a soporte la fecha, el importe, el método de pago y una captura del extracto bancario o el ID de la transacción, y lo acreditaremos o lo rastrearemos con el proveedor de pagos.',
  },
  'withdrawal-times': {
    title: '¿Cuánto tardan los retiros?',
    body:
      'Revisamos cada solicitud de retiro en un plazo de 24 horas, normalmente mucho antes. Una vez aprobado, el dinero te llega: monederos electrónicos (Skrill, Neteller) en 24 horas, cripto en menos de 1 hora, tarjetas en 1 a 3 días hábiles y transferencia bancaria en 3 a 5 días hábiles. ' +
      'Tu primer retiro tarda más porque antes hay que verificar tu cuenta. ' +
      'El retiro mínimo es de 20 EUR y el máximo de 5.000 EUR al día. No cobramos comisiones por los pagos.',
  },
  'withdrawal-pending': {
    title: '¿Por qué mi retiro sigue pendiente?',
    body:
      'Un retiro queda «Pendiente» mientras nuestro equipo de pagos lo revisa, lo que lleva hasta 24 horas. ' +
      'Puede tardar más si tus documentos de identidad aún no están verificados, si un bono activo todavía tiene requisitos de apuesta por cumplir, si el pago va a un método distinto del que usaste para depositar o si lo pediste en fin de semana. ' +
      'Mientras esté pendiente, puedes cancelar el retiro en Caja > Retiros y el dinero vuelve a tu saldo. Cuando el estado cambie a «Aprobado», se aplica el plazo habitual de tu método de pago. ' +
      'Si tu retiro lleva más de 48 horas pendiente, contacta con soporte.',
  },
  'bonus-terms': {
    title: 'Condiciones de los bonos: ¿cómo funcionan?',
    body:
      'Nuestro bono de bienvenida iguala tu primer depósito al 100 % hasta 200 EUR. Para activar un bono, elígelo en la Caja antes de depositar o introduce su código promocional. ' +
      'Cada bono exige un depósito mínimo de 20 EUR, caduca a los 30 días, limita tu apuesta a 5 EUR por tirada o mano mientras está activo y solo cuenta en los juegos indicados en sus condiciones. Solo puede haber un bono activo a la vez. ' +
      'Puedes cancelar un bono en Mi cuenta > Bonos; el dinero del bono y sus ganancias se eliminan. ' +
      'Si no recibiste un bono después de depositar, contacta con soporte en un plazo de 7 días.',
  },
  'wagering-requirements': {
    title: '¿Qué son los requisitos de apuesta (rollover)?',
    body:
      'Los requisitos de apuesta (rollover o wagering) indican cuántas veces debes apostar el importe del bono antes de poder retirar sus ganancias. ' +
      'Nuestro bono de bienvenida tiene un requisito de 35x: un bono de 100 EUR supone apostar 3.500 EUR. Las tragaperras cuentan al 100 %, los juegos de mesa al 10 % y el casino en vivo al 0 %. ' +
      'Puedes seguir tu progreso en Mi cuenta > Bonos. Hasta completar el rollover no puedes retirar el saldo de bono, y pedir un retiro cancela el bono.',
  },
  'free-spins': {
    title: '¿Cómo funcionan las tiradas gratis?',
    body:
      'Las tiradas gratis (free spins) se acreditan en una tragaperras concreta, indicada en la oferta. Abre ese juego y empiezan solas; tienes 7 días para usarlas. Cada tirada gratis tiene un valor fijo, por ejemplo 0,10 EUR. ' +
      'Las ganancias de las tiradas gratis van a tu saldo de bono, con un requisito de apuesta de 35x y una ganancia máxima de 100 EUR. ' +
      'Si no te aparecen las tiradas gratis, recarga el juego o revisa Mi cuenta > Bonos: puede que hayan caducado o que la oferta requiera antes un depósito.',
  },
  'kyc-documents': {
    title: '¿Qué documentos necesito para verificar mi cuenta (KYC)?',
    body:
      'Para verificar tu identidad necesitamos: un documento de identidad con foto en vigor (pasaporte, DNI o carné de conducir, por ambas caras y con las cuatro esquinas visibles); un justificante de domicilio de los últimos 3 meses (factura de luz, agua o internet, extracto bancario o carta de Hacienda con tu nombre y dirección); y un justificante del método de pago (foto de la tarjeta con los números centrales tapados o captura de tu cuenta del monedero electrónico). ' +
      'Súbelos en Mi cuenta > Verificación como fotos en color nítidas o en PDF (JPG, PNG o PDF, hasta 10 MB). ' +
      'También podemos pedirte un selfie sosteniendo tu documento o justificantes del origen de los fondos.',
  },
  'kyc-status': {
    title: '¿Cuánto tarda la verificación y qué significa mi estado KYC?',
    body:
      'El estado de tu verificación aparece en Mi cuenta > Verificación. Solemos revisar los documentos en 24 horas, y en 72 horas en momentos de mucha demanda. ' +
      '«Pendiente» significa que aún los estamos revisando. «Aprobado» significa que tu cuenta está verificada y tus retiros pueden procesarse. «Rechazado» significa que un documento no se pudo aceptar; el motivo aparece a su lado (foto borrosa, documento caducado, bordes cortados o una dirección que no coincide con la de tu cuenta). Sube un documento nuevo para volver a intentarlo. ' +
      'Te enviamos un correo en cuanto tu cuenta esté verificada.',
  },
  'deposit-limits': {
    title: '¿Cómo pongo un límite de depósito?',
    body:
      'Puedes poner un límite de depósito diario, semanal o mensual en Mi cuenta > Juego responsable. Bajar un límite se aplica al instante; subirlo o quitarlo entra en vigor tras un periodo de reflexión de 24 horas. ' +
      'En el mismo lugar puedes poner límites de pérdidas y de apuestas, y avisos del tiempo que llevas jugando. ' +
      'Si sientes que el juego se te está yendo de las manos, habla con nuestro equipo: estamos para ayudarte. También puedes llamar al 900 200 225 (Jugar Bien, gratuito).',
  },
  'self-exclusion': {
    title: '¿Cómo tomo un descanso o me autoexcluyo?',
    body:
      'En Mi cuenta > Juego responsable puedes tomarte un descanso de 24 horas, 7 días o 6 semanas, o autoexcluirte durante 6 meses, 1 año, 5 años o de forma permanente. ' +
      'Durante la autoexclusión no puedes iniciar sesión ni depositar, y dejamos de enviarte publicidad. Una autoexclusión no se puede anular antes de que termine. Puedes retirar el saldo que te quede. ' +
      'Hay ayuda gratuita y confidencial las 24 horas en Jugadores Anónimos y en el 900 200 225.',
  },
  'game-malfunction': {
    title: 'Un juego se congeló, se cerró o no pagó',
    body:
      'Si un juego se congela, se cierra o se desconecta a mitad de una ronda, no pierdes tu jugada: queda guardada en el servidor del proveedor del juego. Vuelve a abrir el mismo juego y la ronda termina o se muestra su resultado, y tu saldo se actualiza. ' +
      'Puedes revisar cada ronda en Mi cuenta > Historial de juego. ' +
      'Si un juego no carga, borra la caché del navegador, prueba con otro navegador o desactiva la VPN. ' +
      'Si falta una ganancia en tu saldo, envía a soporte el nombre del juego, la hora y una captura de pantalla, y revisaremos la ronda con el proveedor.',
  },
  'complaints-procedure': {
    title: '¿Cómo presento una reclamación?',
    body:
      'Sentimos que algo haya salido mal. Para presentar una reclamación formal, escribe a complaints@luckystar.example o usa el formulario de Ayuda > Reclamaciones, con tu nombre de usuario, qué pasó y cuándo, y las capturas que tengas. ' +
      'Confirmamos la recepción de cada reclamación en 48 horas y enviamos nuestra respuesta final en un máximo de 14 días. ' +
      'Si no estás conforme con nuestra respuesta final, puedes llevar tu queja, sin coste, al servicio independiente de resolución de conflictos indicado en nuestros términos y condiciones.',
  },
};
