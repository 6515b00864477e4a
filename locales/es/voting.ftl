## The public vote: flags for the secretariat
vote-flag-network = { $count ->
    [one] { $count } nuevo votante registrado desde la red { $shared } en un plazo de { $minutes } minutos, que votó por la misma candidatura.
   *[other] { $count } nuevos votantes registrados desde la red { $shared } en un plazo de { $minutes } minutos, que votaron todos por la misma candidatura.
}
vote-flag-domain = { $count ->
    [one] { $count } nuevo votante registrado con una dirección del dominio { $shared } en un plazo de { $minutes } minutos, que votó por la misma candidatura.
   *[other] { $count } nuevos votantes registrados con direcciones del dominio { $shared } en un plazo de { $minutes } minutos, que votaron todos por la misma candidatura.
}
vote-flag-fast = { $count ->
    [one] { $count } votante emitió { $votes } votos o más con menos de dos segundos de intervalo, más rápido de lo que una persona tarda en leer una categoría.
   *[other] { $count } votantes emitieron { $votes } votos o más con menos de dos segundos de intervalo, más rápido de lo que una persona tarda en leer una categoría.
}

## The voter's one-time code (email)
email-voter-code-subject = Su código para votar: { $code }
email-voter-code-asked = Alguien, probablemente usted, ha solicitado registrar esta dirección para votar.
email-voter-code-again = Esta dirección ya está registrada para votar. Alguien, probablemente usted, ha solicitado registrarla de nuevo: este código le da acceso a la misma papeleta, con sus votos tal como los dejó.
email-voter-code-is = Su código es:
email-voter-code-open = Para introducirlo, abra el siguiente enlace:
email-voter-code-button = Introducir el código
email-voter-code-expiry = El código puede utilizarse una sola vez y es válido hasta el { $expires }. Si usted no lo ha solicitado, haga caso omiso de este mensaje: sin el código no se puede hacer nada.

## Refusals of the public vote
vote-refusal-not-open = La votación aún no está abierta: se abrirá el { $opens }.
vote-refusal-closed = La votación ha concluido: ya no se pueden emitir, modificar ni retirar votos.
vote-refusal-not-a-vote = Esta etapa no es una votación pública.
vote-refusal-disposable = Las direcciones de servicios de correo desechable no pueden registrarse para votar. Utilice una dirección que vaya a conservar.
vote-refusal-code = Este código no es correcto, ha caducado o ya se ha utilizado. Consulte el último mensaje recibido o solicite un nuevo código.
vote-refusal-nomination = Esta candidatura no figura en la papeleta de esta categoría.
vote-refusal-rationale = Indique por qué se anulan estos votos: el motivo se conserva junto con la decisión.
vote-refusal-no-voters = Indique al menos un votante.
vote-refusal-unknown-voter = Ningún votante con este identificador ha votado en esta etapa.
vote-api-token = Envíe el token obtenido mediante POST /api/v1/public/voters/confirm en la forma 'Authorization: Bearer <token>'.
vote-api-token-invalid = El token de este votante no es válido: ha caducado o ha sido revocado. Vuelva a confirmar su dirección para obtener uno nuevo.
vote-refusal-still-open = La votación sigue abierta hasta el { $closes }: su recuento solo determinará qué candidaturas pasan a la etapa siguiente una vez que haya concluido.

## The ballot page
vote-page-title = Votación pública
vote-page-opens = La votación se abrirá el { $opens } y se cerrará el { $closes }.
vote-page-open = La votación está abierta hasta el { $closes }.
vote-page-closed = La votación se cerró el { $closes }. Agradecemos a todas las personas que han participado.
vote-page-rules = Puede votar por una candidatura en cada categoría. Puede modificar o retirar un voto hasta el cierre de la votación.
vote-page-complete-rule = { $count ->
    [one] Una papeleta solo se contabiliza si incluye un voto en la categoría propuesta.
   *[other] Una papeleta solo se contabiliza si incluye un voto en cada una de las { $count } categorías.
}
vote-page-your-ballot = Su papeleta
vote-page-signed-in-as = Está votando como { $email }.
vote-page-sign-out = Cerrar la sesión de votación
vote-page-complete = Su papeleta está completa: ha votado en todas las categorías. Se contabilizará.
vote-page-progress = { $count ->
    [one] Ha votado en { $voted } de { $count } categoría.
   *[other] Ha votado en { $voted } de { $count } categorías.
}
vote-page-still-needed = Su papeleta se contabilizará cuando incluya un voto en cada categoría. Falta votar en:
vote-page-your-vote = Su voto: { $title }
vote-page-no-vote = Aún no ha votado en esta categoría.
vote-page-choose-in = Elija una candidatura en la categoría { $category }
vote-page-choose = Elegir esta candidatura
vote-page-change = Cambiar mi voto
vote-page-withdraw = Retirar mi voto en esta categoría
vote-page-choose-one = Elija una de las candidaturas y pulse el botón.
vote-page-cast = Se ha registrado su voto en la categoría { $category }.
vote-page-withdrawn = Se ha retirado su voto en la categoría { $category }.
vote-page-register = Registrarse para votar
vote-page-register-why = Introduzca su dirección de correo electrónico: le enviaremos un código de seis dígitos para confirmarla. Cada dirección da derecho a una sola papeleta. Solo utilizaremos la dirección para esta votación.
vote-page-email = Correo electrónico
vote-page-send-code = Enviarme un código
vote-page-have-code = Ya tengo un código
vote-page-throttled = En la última hora se han recibido demasiados registros desde su red. Vuelva a intentarlo dentro de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
vote-page-nominated = Candidaturas sometidas a votación
vote-page-nominations = { $count ->
    [one] { $count } candidatura
   *[other] { $count } candidaturas
}
vote-page-list-later = Las candidaturas figurarán aquí una vez concluida la preselección.

## Entering the code
vote-code-title = Introduzca su código
vote-code-sent = Si { $email } puede votar, se le está enviando un código de seis dígitos. Puede tardar unos minutos; revise también la carpeta de correo no deseado.
vote-code-intro = Introduzca la dirección que registró y el código que recibió por correo electrónico.
vote-code-label = Código de seis dígitos
vote-code-submit = Confirmar y abrir mi papeleta
vote-code-new = Enviarme un nuevo código

## Confirming a choice
vote-choice-title = Confirme su voto
vote-choice-what = En la categoría { $category }, está votando por:
vote-choice-replaces = Este voto sustituye a su voto por “{ $title }”.
vote-choice-changeable = Puede modificar o retirar este voto hasta el cierre de la votación.
vote-choice-confirm = Confirmar mi voto
vote-choice-back = Volver a la papeleta

## Counts shown once a vote that shows them has closed
vote-page-count = { $count ->
    [one] { $count } voto válido
   *[other] { $count } votos válidos
}
vote-page-counts-shown = La votación ha concluido. Las cifras que figuran a continuación son los votos válidos, una vez descontados los votos anulados por la secretaría.

## The landing page's public votes
home-votes-title = Votaciones públicas
home-vote-open = Cualquier persona puede votar hasta el { $closes }.
home-vote-opens = La votación se abre el { $opens }; la lista de candidaturas ya está publicada.
home-vote-now = Votar
home-vote-see = Ver las candidaturas

## The secretariat's view of a public vote (the stage page)
admin-vote-title = El recuento
admin-vote-turnout = Votantes con al menos un voto vigente
admin-vote-counted = Papeletas contadas
admin-vote-voided = Papeletas descartadas: anuladas por la secretaría
admin-vote-incomplete = Papeletas descartadas: sin voto en todas las categorías
admin-vote-log = Descargar el registro de votos para los auditores (CSV, con direcciones cifradas)
admin-vote-flags = Señalados para revisión
admin-vote-no-flags = No hay nada señalado.
admin-vote-flag-voided = { $voided } de { $count } votantes anulados
admin-vote-rationale = Motivo de la anulación de estos votos (se conserva con la decisión y en el registro de auditoría)
admin-vote-void = { $count ->
    [one] Anular los votos de este votante
   *[other] Anular los votos de estos { $count } votantes
}
admin-vote-notice-voided = Los votos han sido anulados: el recuento los excluye y la decisión consta en el registro de auditoría.

## A cluster agreeing in several categories
vote-flag-alike = { $count ->
    [one] Votaron de la misma manera en { $count } categoría.
   *[other] Votaron de la misma manera en { $count } categorías.
}
