'use strict';
// “Affirmations proches” under the claim's text on its add and change pages, as the editor types.
(function() {
    function ready(callback) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', callback);
        } else {
            callback();
        }
    }

    ready(function() {
        const text = document.querySelector('form#claim_form textarea[name=text]');
        if (!text) {
            return;
        }
        const path = window.location.pathname;
        const url = new URL(path.replace(/claims\/claim\/.*$/, 'claims/claim/proches/'), window.location.href);
        const own = path.match(/claims\/claim\/(\d+)\/change\//);
        const box = document.createElement('div');
        box.className = 'selon-similar';
        box.setAttribute('aria-live', 'polite');
        // Below the field and its help, aligned with them.
        const help = text.closest('.form-row') && text.closest('.form-row').querySelector('.help');
        (help || text).insertAdjacentElement('afterend', box);
        let timer = null;
        let request = 0;

        function show(answer) {
            if (!answer.results.length) {
                box.replaceChildren();
                return;
            }
            const title = document.createElement('p');
            title.className = 'selon-similar-title';
            title.textContent = answer.labels.similar;
            const list = document.createElement('ul');
            answer.results.forEach(function(claim) {
                const item = document.createElement('li');
                const link = document.createElement('a');
                link.href = claim.url;
                link.textContent = claim.text;
                const detail = document.createElement('small');
                detail.textContent = ' ' + claim.detail;
                item.append(link, detail);
                list.append(item);
            });
            box.replaceChildren(title, list);
        }

        function look() {
            const query = text.value.trim();
            if (query.length < 12) {
                box.replaceChildren();
                return;
            }
            url.searchParams.set('q', query);
            if (own) {
                url.searchParams.set('exclude', own[1]);
            }
            const mine = ++request;
            fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
                .then(function(response) {
                    return response.ok ? response.json() : null;
                })
                .then(function(answer) {
                    if (answer && mine === request) {
                        show(answer);
                    }
                })
                .catch(function() {});
        }

        text.addEventListener('input', function() {
            window.clearTimeout(timer);
            timer = window.setTimeout(look, 300);
        });
        if (text.value.trim()) {
            look();
        }
    });
})();
