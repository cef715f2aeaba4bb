'use strict';
// The claim list's actor filter: picking an actor in the autocomplete reloads the list filtered by it.
window.addEventListener('DOMContentLoaded', function() {
    django.jQuery('.selon-actor-filter select').on('change', function() {
        const url = new URL(window.location.href);
        const parameter = this.closest('.selon-actor-filter').dataset.parameter;
        if (this.value) {
            url.searchParams.set(parameter, this.value);
        } else {
            url.searchParams.delete(parameter);
        }
        url.searchParams.delete('p');
        window.location.assign(url.toString());
    });
});
