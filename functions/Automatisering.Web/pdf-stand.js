// The dossier page while a document's PDF is being made: asks every 1.5 s where it stands and, once it is made,
// puts the prepared viewer (a <template> on the page) in place of the notice. Without this script the page says
// to reload; nothing depends on it.
(function () {
  var melding = document.getElementById('pdf-stand');
  var klaar = document.getElementById('pdf-klaar');
  if (!melding || !klaar || !melding.dataset.standUrl) return;
  var tekst = melding.querySelector('.uitleg');
  var pogingen = 0;
  function vraag() {
    fetch(melding.dataset.standUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (antwoord) { return antwoord.ok ? antwoord.json() : null; })
      .then(function (stand) {
        if (stand && stand.status === 'klaar') {
          melding.replaceWith(klaar.content.cloneNode(true));
          return;
        }
        if (stand && stand.uitleg && tekst && tekst.textContent !== stand.uitleg) tekst.textContent = stand.uitleg;
        // Stops when the retries are exhausted, or after ten minutes; a reload asks again.
        if (stand && stand.opgegeven) return;
        if (++pogingen < 400) setTimeout(vraag, 1500);
      })
      .catch(function () { if (++pogingen < 400) setTimeout(vraag, 5000); });
  }
  setTimeout(vraag, 1000);
})();
