// Azure resources for Automatisering: a Linux Function App running the custom handler, its storage
// account (reached with the app's managed identity, no keys) and Application Insights.
// Deploy: az deployment group create -g <rg> -f infra/main.bicep -p name=<prefix>
// then publish: dotnet publish functions/Automatisering.Functions -c Release -r linux-x64 --self-contained
// and zip-deploy the publish folder (it holds host.json, the function folders and the handler).

@description('Short prefix for resource names, e.g. sswzm')
param name string

param location string = resourceGroup().location

@description('IANA or Windows time zone for timer schedules (WEBSITE_TIME_ZONE)')
param timeZone string = 'W. Europe Standard Time'

var storageName = toLower(replace('${name}autst', '-', ''))

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  sku: { name: 'Standard_ZRS' }
  kind: 'StorageV2'
  properties: {
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' existing = {
  parent: storage
  name: 'default'
}

// The audit trail is append-only for real: lines can be added to the append blobs, never changed or removed.
resource auditContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: 'audit'
}

resource auditImmutability 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2023-05-01' = {
  parent: auditContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: 3650
    allowProtectedAppendWrites: true
  }
}

@description('Shared mailbox that sends decisions and press releases through Microsoft Graph')
param sharedMailbox string = ''

@description('Key Vault secret URI of the Graph client secret (referenced, never stored in settings)')
param graphClientSecretUri string = ''

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-automatisering-ai'
  location: location
  kind: 'web'
  properties: { Application_Type: 'web' }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-automatisering-plan'
  location: location
  sku: { name: 'EP1', tier: 'ElasticPremium' }
  kind: 'elastic'
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: '${name}-automatisering'
  location: location
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: ''
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      appSettings: [
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
        { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'custom' }
        // Identity-based storage connection, read by the host and by the app alike.
        { name: 'AzureWebJobsStorage__blobServiceUri', value: storage.properties.primaryEndpoints.blob }
        { name: 'AzureWebJobsStorage__queueServiceUri', value: storage.properties.primaryEndpoints.queue }
        { name: 'AzureWebJobsStorage__tableServiceUri', value: storage.properties.primaryEndpoints.table }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'WEBSITE_TIME_ZONE', value: timeZone }
        { name: 'Automatisering__Distributie__Kanaal', value: empty(sharedMailbox) ? 'outbox' : 'graph' }
        { name: 'Automatisering__Distributie__Graph__SharedMailbox', value: sharedMailbox }
        { name: 'Automatisering__Distributie__Graph__TenantId', value: tenant().tenantId }
        { name: 'Automatisering__Distributie__Graph__ClientSecret', value: empty(graphClientSecretUri) ? '' : '@Microsoft.KeyVault(SecretUri=${graphClientSecretUri})' }
      ]
    }
  }
}

// App Service Authentication (Entra ID): the platform signs users in and passes X-MS-CLIENT-PRINCIPAL.
resource auth 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: app
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true }
    globalValidation: { requireAuthentication: true, unauthenticatedClientAction: 'RedirectToLoginPage' }
    identityProviders: { azureActiveDirectory: { enabled: true } }
  }
}

var roles = [
  'ba92f5b4-2d11-453d-a403-e96b0029c9fe' // Storage Blob Data Contributor
  '974c5e8b-45b9-4653-ba55-5f855dd0fb88' // Storage Queue Data Contributor
  '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3' // Storage Table Data Contributor
]

resource roleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in roles: {
  name: guid(storage.id, app.id, role)
  scope: storage
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

output functionAppName string = app.name
output storageAccountName string = storage.name
